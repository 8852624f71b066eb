# Latin-1 (é as 0xE9), a cut sequence (E2 82) and an overlong one (C0 AF): analysed, each bad run an
# input.invalid-utf8 warning with its exact byte span; exit 0.
set(ARGS --format jsonl invalid-utf8.txt)
set(EXPECT_RC 0)
set(VALIDATE lines)
set(STDOUT_MATCHES "\"rule\":\"input\\.invalid-utf8\"[^}]*\"start\":10,\"end\":11,"
                   "\"rule\":\"input\\.invalid-utf8\"[^}]*\"start\":28,\"end\":30,"
                   "\"rule\":\"input\\.invalid-utf8\"[^}]*\"start\":40,\"end\":42,")
