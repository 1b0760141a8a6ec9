using Viper.Runtime.Errors;
using Viper.Runtime.Objects;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>BaseException</c>; argument 0 is the exception itself.</summary>
public static class ExceptionMethods
{
    public static void Install(PyType type)
    {
        // e.with_traceback(tb): tb (another exception's traceback, or None) replaces e's own.
        BuiltinMethods.Add(type, "with_traceback", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "with_traceback", 2);
            if (args[0].Ref is not PyBaseException self)
            {
                throw PyErrors.TypeError("descriptor 'with_traceback' requires a 'BaseException' object");
            }

            ExceptionAttributes.ReplaceTraceback(self, args[1]);
            return args[0];
        });
    }
}
