namespace Viper.Runtime.Builtins;

/// <summary>
/// Fills the builtin types (constructors, methods, the class machinery) once per process. The
/// types are static and shared by every runtime, and a host such as the test runner creates
/// runtimes on several threads at once, so the first one installs under a lock and the rest wait.
/// The methods are only registered here, each type's installed when that type's namespace is first used.
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
            BytesMethods.InstallConstructors();
            ClassBuiltins.InstallConstructors();
            IteratorFunctions.Install();
            Consumers.ConsumingBuiltins.Install();
            BuiltinMethods.DeferInstallation();
            BytesMethods.DeferInstallation();
            ClassBuiltins.DeferInstallation();
            _installed = true;
        }
    }
}
