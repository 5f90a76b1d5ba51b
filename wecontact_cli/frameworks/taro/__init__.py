"""Taro 3/4: app and page configs as JS/TS modules, views in JSX/TSX or Vue 3."""
