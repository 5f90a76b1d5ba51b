"""Parsers and editors for the syntaxes a framework writes its files in.

Each module reads one syntax with exact character offsets into the file's text and never
raises on broken input (it reports problems instead); writers return ``TextEdit``s planned
at located spans, never a re-serialised document. Nothing here knows the contact plugin's
rules or a framework's layout: that is ``frameworks/``'s job.
"""
