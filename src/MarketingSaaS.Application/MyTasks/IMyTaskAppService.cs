namespace MarketingSaaS.MyTasks;

public interface IMyTaskAppService
{
    /// <summary>The caller's open tasks from processes and every module source: overdue first, then by due date.</summary>
    Task<IReadOnlyList<MyTaskListItemDto>> GetListAsync(CancellationToken cancellationToken = default);
}
