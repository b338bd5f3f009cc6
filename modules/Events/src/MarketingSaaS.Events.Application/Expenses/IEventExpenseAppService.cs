using MarketingSaaS.Blobs;

namespace MarketingSaaS.Events.Expenses;

public interface IEventExpenseAppService
{
    Task<IReadOnlyList<EventExpenseDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    /// <summary>One cost by its own id, with its event's id: an approval request of a cost names only the cost.</summary>
    Task<EventExpenseDto> GetAsync(Guid expenseId, CancellationToken cancellationToken = default);

    /// <summary>A recorded cost, or (over budget under the ExtraApproval policy) one pending its approval request.</summary>
    Task<EventExpenseDto> CreateAsync(Guid marketingEventId, CreateEventExpenseDto input, CancellationToken cancellationToken = default);

    Task<EventExpenseDto> UpdateAsync(Guid marketingEventId, Guid expenseId, UpdateEventExpenseDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid marketingEventId, Guid expenseId, CancellationToken cancellationToken = default);

    /// <summary>Stores the receipt (replacing an earlier one) after checking its type by its first bytes.</summary>
    Task<BlobFileDto> UploadReceiptAsync(Guid marketingEventId, Guid expenseId, Stream content, string? fileName, CancellationToken cancellationToken = default);

    Task<BlobDownloadDto> DownloadReceiptAsync(Guid marketingEventId, Guid expenseId, CancellationToken cancellationToken = default);
}
