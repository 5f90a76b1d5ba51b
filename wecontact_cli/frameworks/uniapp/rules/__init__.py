"""uni-app's dialect rules (UA1xx): mistakes only a uni-app project can make, in its Vue
templates (``template/``) and in its manifest.json and pages.json (``config/``)."""
