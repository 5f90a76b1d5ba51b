"""Taro's dialect rules (TR1xx): mistakes only Taro's syntax makes possible, in their own family."""
