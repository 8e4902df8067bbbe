-- Migration 2: the access log read by case (moty audit access, the client's right to know).
CREATE INDEX access_log_case ON access_log (case_id);
