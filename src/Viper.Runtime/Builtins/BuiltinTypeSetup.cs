namespace Viper.Runtime.Builtins;

/// <summary>
/// Fills the builtin types (constructors, methods, the class machinery) once per process. The
/// types are static and shared by every runtime, and a host such as the test runner creates
/// runtimes on several threads at once, so the first one installs under a lock and the rest wait.
/// </summary>
public static class BuiltinTypeSetup
{
    private static readonly Lock InstallLock = new();
    private static volatile bool _installed;

    public static void EnsureInstalled()
    {
        if (_installed)
        {
            return;
        }

        lock (InstallLock)
        {
            if (_installed)
            {
                return;
            }

            TypeConstructors.Install();
            BuiltinMethods.Install();
            BytesMethods.Install();
            IteratorFunctions.Install();
            Consumers.ConsumingBuiltins.Install();
            ClassBuiltins.Install();
            _installed = true;
        }
    }
}
