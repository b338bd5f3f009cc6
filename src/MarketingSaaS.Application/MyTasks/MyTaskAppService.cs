using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Permissions;
using MarketingSaaS.Processes;

namespace MarketingSaaS.MyTasks;

public sealed class MyTaskAppService(
    IProcessInstanceRepository instances,
    IEnumerable<IMyTaskSource> sources,
    IFeatureChecker features,
    IPermissionChecker permissions,
    TenantToday today,
    ICurrentUser currentUser) : IMyTaskAppService
{
    public const string ProcessesSource = "Processes";

    public async Task<IReadOnlyList<MyTaskListItemDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var userId = currentUser.Id!.Value;
        var date = await today.GetAsync(cancellationToken);
        var tasks = new List<MyTaskListItemDto>();
        if (await permissions.IsGrantedAsync(MarketingSaaSPermissions.ProcessInstances.Default, cancellationToken))
        {
            tasks.AddRange((await instances.GetOpenStepsOfAsync(userId, cancellationToken)).Select(pair => FromStep(pair.Instance, pair.Step, date)));
        }

        // One source after the other: they share the request's DbContexts.
        foreach (var source in sources)
        {
            if ((source.RequiredFeature is null || await features.IsEnabledAsync(source.RequiredFeature, cancellationToken))
                && await permissions.IsGrantedAsync(source.RequiredPermission, cancellationToken))
            {
                tasks.AddRange((await source.GetOpenTasksAsync(userId, date, cancellationToken))
                    .Select(t => new MyTaskListItemDto(t.Source, t.Id, t.Title, t.Context, t.DueDate, t.IsOverdue, t.Link, null, null)));
            }
        }

        return [.. tasks
            .OrderByDescending(t => t.IsOverdue)
            .ThenBy(t => t.DueDate ?? DateOnly.MaxValue)
            .ThenBy(t => t.Title, StringComparer.CurrentCulture)
            .ThenBy(t => t.Id)];
    }

    private static MyTaskListItemDto FromStep(ProcessInstance instance, ProcessStep step, DateOnly date)
    {
        var dto = ProcessInstanceMapper.ToDto(step, date);
        return new MyTaskListItemDto(
            ProcessesSource,
            step.Id,
            step.Name,
            $"{instance.Name} · {instance.TemplateCode}",
            step.DueDate,
            dto.IsOverdue,
            $"/processes/instances/{instance.Id}",
            instance.Id,
            dto);
    }
}
