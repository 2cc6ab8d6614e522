package org.tracebench.ingest;

import java.util.Map;

/**
 * What the user chose for one import.
 *
 * @param caseId           the case the calls join, or null for calls outside any case
 * @param format           the format, or null to choose by file name (and by header for tracebacks)
 * @param columnMap        header as written -> column name, for headers that are not recognised (the mapping step)
 * @param acceptedCampaigns campaign as written -> existing campaign, for proposals the user accepted
 * @param acceptAllCampaigns accept every campaign proposal
 * @param dryRun           read and check everything, write nothing
 * @param region           the region for phone numbers written without a country code (ISO 3166, e.g. "US")
 * @param onDuplicate      what to do with rows whose call is already in the case (default: skip them)
 */
public record ImportOptions(Long caseId, ImportFormat format, Map<String, String> columnMap,
                            Map<String, String> acceptedCampaigns, boolean acceptAllCampaigns, boolean dryRun,
                            String region, OnDuplicate onDuplicate) {

    public ImportOptions {
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
        acceptedCampaigns = acceptedCampaigns == null ? Map.of() : Map.copyOf(acceptedCampaigns);
        region = region == null || region.isBlank() ? "US" : region;
        onDuplicate = onDuplicate == null ? OnDuplicate.SKIP : onDuplicate;
    }

    public ImportOptions(Long caseId, ImportFormat format, Map<String, String> columnMap,
                         Map<String, String> acceptedCampaigns, boolean acceptAllCampaigns, boolean dryRun, String region) {
        this(caseId, format, columnMap, acceptedCampaigns, acceptAllCampaigns, dryRun, region, OnDuplicate.SKIP);
    }

    public static ImportOptions forCase(Long caseId) {
        return new ImportOptions(caseId, null, Map.of(), Map.of(), false, false, "US", OnDuplicate.SKIP);
    }

    public ImportOptions withFormat(ImportFormat value) {
        return new ImportOptions(caseId, value, columnMap, acceptedCampaigns, acceptAllCampaigns, dryRun, region, onDuplicate);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(caseId, format, columnMap, acceptedCampaigns, acceptAllCampaigns, value, region, onDuplicate);
    }

    public ImportOptions withColumnMap(Map<String, String> value) {
        return new ImportOptions(caseId, format, value, acceptedCampaigns, acceptAllCampaigns, dryRun, region, onDuplicate);
    }

    public ImportOptions withAcceptedCampaigns(Map<String, String> value, boolean all) {
        return new ImportOptions(caseId, format, columnMap, value, all, dryRun, region, onDuplicate);
    }

    public ImportOptions withOnDuplicate(OnDuplicate value) {
        return new ImportOptions(caseId, format, columnMap, acceptedCampaigns, acceptAllCampaigns, dryRun, region, value);
    }
}
