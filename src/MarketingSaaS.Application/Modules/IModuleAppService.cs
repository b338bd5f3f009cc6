namespace MarketingSaaS.Modules;

/// <summary>The company switches its optional modules on and off; a module's data stays when it is off.</summary>
public interface IModuleAppService
{
    Task<IReadOnlyList<ModuleDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<ModuleDto> UpdateAsync(string name, UpdateModuleDto input, CancellationToken cancellationToken = default);
}
