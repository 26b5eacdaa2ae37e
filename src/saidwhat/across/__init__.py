"""Across articles: one speaker, one statement, its history, and the flags.

Pure modules (no database): ``kb`` (people and offices with dates),
``speakers`` (one id per person), ``statements`` (grouping quotes into
statements with MinHash LSH), ``diff`` (word-level variants), ``dates``
(when the words were spoken), ``flags`` (altered, recycled, headline).
``link`` ties them to the store; ``queries`` reads the linked tables.
"""
