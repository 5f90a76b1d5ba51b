"""Rules on manifest.json and pages.json as uni-app's WeChat build reads them."""
