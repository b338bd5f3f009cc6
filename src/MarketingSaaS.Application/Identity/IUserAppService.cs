using MarketingSaaS.Dtos;

namespace MarketingSaaS.Identity;

/// <summary>A tenant admin manages the company's users.</summary>
public interface IUserAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default);

    Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Locks the account until further notice; the user can no longer sign in.</summary>
    Task<UserDto> LockAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks, unlocks or adds/removes one role for several users at once: all or nothing. An id that is not a user of the
    /// company answers 404 (nothing changes); locking oneself answers 422.
    /// </summary>
    Task<BulkUserActionResultDto> BulkAsync(BulkUserActionDto input, CancellationToken cancellationToken = default);

    Task ResetPasswordAsync(Guid id, ResetUserPasswordDto input, CancellationToken cancellationToken = default);
}
