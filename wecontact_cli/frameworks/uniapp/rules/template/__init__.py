"""Rules on cells in .vue templates: spellings a Vue template gets wrong for WeChat."""
