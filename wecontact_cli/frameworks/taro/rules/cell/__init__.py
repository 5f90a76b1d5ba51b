"""Taro rules on a cell as written in a view: props Taro never passes on as meant."""
