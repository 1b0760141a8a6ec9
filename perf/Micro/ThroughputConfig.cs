using BenchmarkDotNet.Configs;

namespace Viper.Perf.Micro;

/// <summary>The config the front-end suites share: the default one plus an MB/s column.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
}
