set(ARGS --color never -)
set(STDIN ${DATA}/pitches/zoe.txt)
set(STDOUT_MATCHES "<stdin>: score [0-9]+/100")
