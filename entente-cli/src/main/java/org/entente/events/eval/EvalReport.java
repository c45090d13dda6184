package org.entente.events.eval;

import java.util.Map;

/**
 * The scores of one gold file.
 *
 * @param fields        field name -> score (plover, plover_source, root, code, source_country, target_country, triple)
 * @param perClass      gold class (PLOVER type or CAMEO root) -> score of that class alone (coverage)
 * @param noEventRecords records that expect no event
 * @param falseEvents   events produced on those records
 */
public record EvalReport(String file, String set, int records, int events, Map<String, FieldScore> fields,
                         Map<String, FieldScore> perClass, int noEventRecords, int falseEvents, double seconds) {
}
