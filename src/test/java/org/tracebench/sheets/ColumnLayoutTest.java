package org.tracebench.sheets;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.store.Database;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ColumnLayoutTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void theDefaultIsTheLettersSevenColumnsInOrder() {
        assertThat(ColumnLayout.attachmentA().columns()).extracting(ColumnSpec::field).containsExactly(
                AttachmentField.CUSTOMER, AttachmentField.NOTIFIED, AttachmentField.CALL_TIME, AttachmentField.CALLER_ID,
                AttachmentField.CALLED_NUMBER, AttachmentField.DESCRIPTION, AttachmentField.VIOLATION);
    }

    @Test
    void parsesSlugsHeadersAndRenames() {
        ColumnLayout layout = ColumnLayout.parse(" Caller ID , call_time=When , Date of ITG Notification,traceback-id ");
        assertThat(layout.columns()).extracting(ColumnSpec::field).containsExactly(AttachmentField.CALLER_ID,
                AttachmentField.CALL_TIME, AttachmentField.NOTIFIED, AttachmentField.TRACEBACK_ID);
        assertThat(layout.get(1).header()).isEqualTo("When");
        assertThat(layout.format()).isEqualTo("caller-id,call-time=When,notified,traceback-id");
        assertThat(ColumnLayout.parse(layout.format())).isEqualTo(layout);
    }

    @Test
    void findsFieldsUnderOtherCommonHeaderWordings() {
        assertThat(AttachmentField.find("Campaign")).contains(AttachmentField.DESCRIPTION);
        assertThat(AttachmentField.find("ANI")).contains(AttachmentField.CALLER_ID);
        assertThat(AttachmentField.find("DNIS")).contains(AttachmentField.CALLED_NUMBER);
        assertThat(AttachmentField.find("Date of Call")).contains(AttachmentField.CALL_TIME);
        assertThat(AttachmentField.find("date of call utc")).contains(AttachmentField.CALL_TIME);
        assertThat(AttachmentField.find("Date of ITG Notification")).contains(AttachmentField.NOTIFIED);
        assertThat(AttachmentField.find("Caller ID")).contains(AttachmentField.CALLER_ID);
        assertThat(AttachmentField.find("Caller")).contains(AttachmentField.CUSTOMER);
        assertThat(AttachmentField.find("Colour")).isEmpty();
    }

    @Test
    void rejectsUnknownDuplicateAndEmptyColumns() {
        assertThatThrownBy(() -> ColumnLayout.parse("customer,colour"))
                .hasMessage("unknown column \"colour\"; known columns: customer, notified, call-time, caller-id, "
                        + "called-number, description, violation, traceback-id, response");
        assertThatThrownBy(() -> ColumnLayout.parse("customer,Customer")).hasMessageContaining("chosen twice");
        assertThatThrownBy(() -> ColumnLayout.parse(" , ")).hasMessage("choose at least one column");
    }

    @Test
    void presetsAreSavedReplacedAndDeleted() {
        try (Database database = Database.open(store.freshLocation(dir))) {
            ColumnPresets presets = new Workbench(database).columnPresets();
            assertThat(presets.all()).extracting(ColumnPreset::name).containsExactly(ColumnPreset.BUILT_IN_NAME);
            presets.save("Court filing", ColumnLayout.parse("call-time,caller-id,called-number"));
            presets.save("court filing", ColumnLayout.parse("call-time=Date,caller-id"));
            assertThat(presets.all()).hasSize(2);
            assertThat(presets.find("COURT FILING").orElseThrow().layout().format()).isEqualTo("call-time=Date,caller-id");
            assertThatThrownBy(() -> presets.save(ColumnPreset.BUILT_IN_NAME, ColumnLayout.attachmentA()))
                    .hasMessageContaining("built in");
            assertThat(presets.delete("Court Filing")).isTrue();
            assertThat(presets.delete(ColumnPreset.BUILT_IN_NAME)).isFalse();
            assertThat(presets.all()).hasSize(1);
        }
    }
}
