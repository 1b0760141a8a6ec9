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

            var entries = args[1] switch
            {
                { IsNone: true } => [],
                { Ref: PyTraceback traceback } => traceback.EntriesInward,
                _ => throw PyErrors.TypeError("__traceback__ must be a traceback or None"),
            };
            self.Traceback.Clear();
            self.Traceback.AddRange(entries);
            return args[0];
        });
    }
}
