"""The file to hand to ``spark-submit``, which runs a script path and not ``-m module``.

    spark-submit [options] "$(python -c 'import saidwhat.spark.submit as s; print(s.__file__)')" INPUT OUTPUT

Absolute imports only: spark-submit runs this file as ``__main__``, outside
its package; the installed saidwhat (in the shipped environment) does the work.
"""

import sys

from saidwhat.spark.job import main

if __name__ == "__main__":
    sys.exit(main())
