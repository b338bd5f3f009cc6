namespace MarketingSaaS.Modules;

public sealed class UpdateModuleDto
{
    public bool IsEnabled { get; set; }
}
