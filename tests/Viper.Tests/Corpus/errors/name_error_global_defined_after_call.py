def use():
    return defined_too_late_value

print('calling before definition')
use()
defined_too_late_value = 1
