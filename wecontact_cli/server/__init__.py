"""``wecontact server``: the linter in the editor, over the Language Server Protocol.

Diagnostics as the user types (the open documents' unsaved text, through
``text.overlay``), quick fixes, hover and completion, for every framework the neutral
model serves. pygls and lsprotocol (the ``server`` extra) are imported only here, so the
command line never pays for them. One module per job:

- ``protocol``: which LSP message does what (pygls wiring, every handler guarded);
- ``documents``: the open documents and their snapshots;
- ``workspace``: the projects served (a monorepo root serves every project below it);
- ``linting``: one project's diagnostics, re-linting only what an edit affects;
- ``jobs``: the queue of lint work and its worker thread;
- ``diagnostics``, ``positions``: the linter's diagnostics in LSP's form and positions;
- ``actions``, ``hover``, ``completion`` (with ``locate`` and ``guide``): the features.
"""
