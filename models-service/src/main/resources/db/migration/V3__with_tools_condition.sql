-- Conditions share one vocabulary with insights-service: a result measured with tools is "with-tools", no longer
-- "tools". Keys stay sorted (byte order, as the service sorts them).
UPDATE benchmark_result r
SET conditions = (SELECT string_agg(t, ';' ORDER BY t COLLATE "C")
                  FROM (SELECT DISTINCT CASE WHEN p = 'tools' THEN 'with-tools' ELSE p END AS t
                        FROM unnest(string_to_array(r.conditions, ';')) p) x),
    version = r.version + 1,
    updated_at = now()
WHERE 'tools' = ANY (string_to_array(r.conditions, ';'));
