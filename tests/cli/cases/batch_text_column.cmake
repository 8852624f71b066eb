# --text-column and --id-column choose the columns; naming one that is not there is a usage error.
set(ARGS batch --format csv --id-column name --text-column TEXT group.csv)
set(STDOUT_MATCHES "\nAnna Lee," "\n\"Bob \"\"the builder\"\" Smith\",")
