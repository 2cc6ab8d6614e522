package org.tracebench.ui;

import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.calls.CallsScreen;
import org.tracebench.ui.cases.CasesScreen;
import org.tracebench.ui.graph.GraphScreen;
import org.tracebench.ui.letters.LettersScreen;
import org.tracebench.ui.providers.ProvidersScreen;

/** Builds each screen of the main window. */
final class Screens {

    private Screens() {
    }

    static Screen create(ScreenId id, ScreenContext context) {
        return switch (id) {
            case CASES -> new CasesScreen(context);
            case CALLS -> new CallsScreen(context);
            case GRAPH -> new GraphScreen(context);
            case LETTERS -> new LettersScreen(context);
            case PROVIDERS -> new ProvidersScreen(context);
        };
    }
}
