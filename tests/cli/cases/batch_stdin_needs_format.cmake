set(ARGS batch -)
set(STDIN ${DATA}/group.jsonl)
set(EXPECT_RC 2)
set(STDERR_MATCHES "needs --input-format csv or --input-format jsonl")
