using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.BlobStoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

internal sealed class BlobRecordConfiguration : IEntityTypeConfiguration<BlobRecord>
{
    public void Configure(EntityTypeBuilder<BlobRecord> builder)
    {
        builder.ToTable("BlobRecords");
        builder.Property(b => b.ContainerName).HasMaxLength(BlobRecordConsts.MaxContainerNameLength).IsRequired();
        builder.Property(b => b.StorageName).HasMaxLength(BlobStoringConsts.StorageNameLength).IsRequired();
        builder.Property(b => b.OriginalFileName).HasMaxLength(BlobStoringConsts.MaxFileNameLength).IsRequired();
        builder.Property(b => b.Extension).HasMaxLength(BlobStoringConsts.MaxExtensionLength).IsRequired();
        builder.Property(b => b.ContentType).HasMaxLength(BlobStoringConsts.MaxContentTypeLength).IsRequired();
        builder.Property(b => b.Sha256).HasMaxLength(BlobRecordConsts.Sha256Length).IsRequired();
        builder.Property(b => b.OwnerType).HasMaxLength(BlobRecordConsts.MaxOwnerTypeLength).IsRequired();
        builder.HasIndex(b => new { b.TenantId, b.OwnerType, b.OwnerId });
        builder.HasIndex(b => new { b.ContainerName, b.StorageName }).IsUnique();
    }
}
