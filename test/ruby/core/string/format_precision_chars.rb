# format: %s precision and width count characters, not bytes.
p "%.2s|%5.2s|%-4.1s|%5s|%.0s|%-6s|" % ["héllo", "héllo", "éa", "ééé", "é", "日本"]
p format("%3.1s|", "日本語")
