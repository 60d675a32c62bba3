-- The dashboard's reads are many short queries and a few that sort a whole table's worth of plans
-- (docs/decisions/016). PostgreSQL's JIT compiles the plan of any query its cost estimate calls
-- expensive: on those it spent 300-370 ms compiling a query that runs in 300-800 ms. Sessions opened
-- after this run without it. An optimisation only: a role that may not alter the database is told so.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit left as it is: this role may not alter the database';
END
$$;
