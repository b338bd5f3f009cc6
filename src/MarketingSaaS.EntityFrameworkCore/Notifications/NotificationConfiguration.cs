using MarketingSaaS.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Title).HasMaxLength(NotificationConsts.MaxTitleLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(NotificationConsts.MaxBodyLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(NotificationConsts.MaxLinkLength);
        builder.Ignore(n => n.IsRead);
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.CreationTime });
    }
}
