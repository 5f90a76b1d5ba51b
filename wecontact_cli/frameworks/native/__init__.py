"""Native mini-programs: app.json and each page's .json, .wxml and .js/.ts."""
