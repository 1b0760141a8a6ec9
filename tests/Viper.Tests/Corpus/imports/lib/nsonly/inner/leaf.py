VALUE = "namespace leaf"
