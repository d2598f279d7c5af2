"""Reading and changing .pptx decks at python-pptx's part/oxml level. Never imports Qt."""
