namespace MarketingSaaS.Framework.BackgroundJobs;

public sealed class BackgroundJobRegistry(IEnumerable<BackgroundJobDefinition> definitions)
{
    private readonly Dictionary<string, BackgroundJobDefinition> _byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public BackgroundJobDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public BackgroundJobDefinition GetByArgs(Type argsType) =>
        _byName.Values.SingleOrDefault(d => d.ArgsType == argsType)
        ?? throw new InvalidOperationException($"No background job takes {argsType.Name}: register it with services.AddBackgroundJob<TJob, {argsType.Name}>().");
}
