"""The editor workspace's views: one module per area (dashboard, articles, claims,
sources). What they share with timeline's editor views is in factcheck.workspace."""
