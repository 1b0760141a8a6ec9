print('before the error')
import nosuchmodule
