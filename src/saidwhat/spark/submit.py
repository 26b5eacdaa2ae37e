"""The file to hand to ``spark-submit``, which runs a script path and not ``-m module``.

    spark-submit [options] "$(python -c 'import saidwhat.spark.submit as s; print(s.__file__)')" INPUT OUTPUT

It takes the options of ``saidwhat spark-extract`` (the same click command
parses them; ``--help`` lists them). Absolute imports only: spark-submit runs
this file as ``__main__``, outside its package; the installed saidwhat (in the
shipped environment) does the work.
"""

from saidwhat.spark.job import main

if __name__ == "__main__":
    main()
