"""Across articles: one speaker, one statement, its history, and the flags.

Pure modules (no database): ``statements`` (grouping quotes into
statements with MinHash LSH), ``diff`` (word-level variants), ``dates``
(when the words were spoken), ``flags`` (altered, recycled, headline).
``link`` ties them and the speaker linker (``saidwhat.names``: one id per person,
the knowledge base of offices) to the store; ``queries`` reads the linked tables.
"""
