-- Review packs (issue 17): the task and survey follow-up figures read a period's tasks from the index alone.
-- Tasks done on time: done tasks of a period by closed_at, with their due time and type (was: each row looked up).
CREATE INDEX ix_task_done_kpi ON task (status, closed_at, due_at, task_type_id);
-- Survey follow-ups done within their due time: the period's tasks by due_at, then their answer by the follow-up
-- task (was: every answer of all time read for each period).
CREATE INDEX ix_task_due ON task (due_at, status, closed_at);
CREATE INDEX ix_survey_answer_follow_up ON survey_answer (follow_up_task_id);
