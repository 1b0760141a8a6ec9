# An exception raised in a finally body while another propagates chains to it.
def cleanup():
    try:
        raise ValueError("original")
    finally:
        print("in finally")
        None.close()

cleanup()
