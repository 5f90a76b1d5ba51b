"""Frameworks: where a project's framework is decided, and each framework's own knowledge.

A framework (native, uni-app, Taro) knows where its files are, how they spell the contact
plugin's declaration, registration, element and handlers, and how to plan writes to them.
Everything outside this package works on the neutral model.
"""
