# A batch from standard input needs --input-format.
set(ARGS batch --format csv --input-format jsonl -)
set(STDIN ${DATA}/group.jsonl)
set(STDOUT_MATCHES "\nanna," "\n7,")
