"""uni-app: manifest.json and pages.json (JSON with comments), .vue single-file components."""
