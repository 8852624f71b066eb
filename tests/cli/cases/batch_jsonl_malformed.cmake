# Malformed JSON lines, a missing text key, a text that is not a string and an empty text are each named
# with their line; the good lines are all scored (dora's "pitch" key is the documented alternative).
set(ARGS batch --format csv malformed.jsonl)
set(EXPECT_RC 3)
set(STDERR_MATCHES "malformed\\.jsonl:3: not valid JSON at column [0-9]+"
                   "malformed\\.jsonl:6: \"text\" is a number, not a string"
                   "malformed\\.jsonl:7: the pitch is empty"
                   "3 of 7 inputs could not be read")
set(STDOUT_MATCHES "\nanna," "\nbob," "\ndora," "\ngus,")
