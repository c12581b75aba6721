import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DateCell as DateCell_e6f0fae81e90f56c2707b377dcf6b500 } from '@/dates/admin/DateCell'
import { DateField as DateField_1c907981e98d86b5022f40817056766e } from '@/dates/admin/DateField'
import { WorkflowStatusCell as WorkflowStatusCell_f4d7f69d6e59a1803536f97c0ae15fe9 } from '@/workflow/admin/WorkflowStatusCell'
import { DocumentDates as DocumentDates_03d8f2499e1373cbefc1a214ff772d09 } from '@/dates/admin/DocumentDates'
import { TransitionButtons as TransitionButtons_cf9e73b19efe7d628cc9958b88702632 } from '@/workflow/admin/TransitionButtons'
import { WorkflowStatus as WorkflowStatus_3cc444df2e515cb6a5477f20e8a89ccc } from '@/workflow/admin/WorkflowStatus'
import { NoUnpublishButton as NoUnpublishButton_cf9e73b19efe7d628cc9958b88702632 } from '@/workflow/admin/TransitionButtons'
import { SecretInput as SecretInput_14a01d2af04201c21c913f6c3a9a96e6 } from '@/webhooks/admin/SecretInput'
import { FoiStatusCell as FoiStatusCell_143b954ad73aac6abb26f15e6ee21019 } from '@/foi/admin/dates'
import { FoiDateCell as FoiDateCell_143b954ad73aac6abb26f15e6ee21019 } from '@/foi/admin/dates'
import { FoiDateField as FoiDateField_143b954ad73aac6abb26f15e6ee21019 } from '@/foi/admin/dates'
import { FoiOverdueCell as FoiOverdueCell_143b954ad73aac6abb26f15e6ee21019 } from '@/foi/admin/dates'
import { FoiOverdueField as FoiOverdueField_143b954ad73aac6abb26f15e6ee21019 } from '@/foi/admin/dates'
import { FoiDeskPanel as FoiDeskPanel_f0c7e82bd2685157ab3cd1d681bdfc8c } from '@/foi/admin/FoiDeskPanel'
import { HolidayDateField as HolidayDateField_8f8b4059177a666dc9781b256607ec7a } from '@/foi/admin/HolidayDateField'
import { HolidayRowLabel as HolidayRowLabel_8f8b4059177a666dc9781b256607ec7a } from '@/foi/admin/HolidayDateField'
import { ReviewQueue as ReviewQueue_974ac2a9ea3d505f073f1f04dea2accb } from '@/workflow/admin/ReviewQueue'
import { UnreadNotifications as UnreadNotifications_06c358b9749b250693c6094e0c5d3a3b } from '@/notifications/admin/UnreadNotifications'
import { Dashboard as Dashboard_b19a059a3a5f1c634837a3b5c612d93c } from '@/dashboards/admin/Dashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/dates/admin/DateCell#DateCell": DateCell_e6f0fae81e90f56c2707b377dcf6b500,
  "@/dates/admin/DateField#DateField": DateField_1c907981e98d86b5022f40817056766e,
  "@/workflow/admin/WorkflowStatusCell#WorkflowStatusCell": WorkflowStatusCell_f4d7f69d6e59a1803536f97c0ae15fe9,
  "@/dates/admin/DocumentDates#DocumentDates": DocumentDates_03d8f2499e1373cbefc1a214ff772d09,
  "@/workflow/admin/TransitionButtons#TransitionButtons": TransitionButtons_cf9e73b19efe7d628cc9958b88702632,
  "@/workflow/admin/WorkflowStatus#WorkflowStatus": WorkflowStatus_3cc444df2e515cb6a5477f20e8a89ccc,
  "@/workflow/admin/TransitionButtons#NoUnpublishButton": NoUnpublishButton_cf9e73b19efe7d628cc9958b88702632,
  "@/webhooks/admin/SecretInput#SecretInput": SecretInput_14a01d2af04201c21c913f6c3a9a96e6,
  "@/foi/admin/dates#FoiStatusCell": FoiStatusCell_143b954ad73aac6abb26f15e6ee21019,
  "@/foi/admin/dates#FoiDateCell": FoiDateCell_143b954ad73aac6abb26f15e6ee21019,
  "@/foi/admin/dates#FoiDateField": FoiDateField_143b954ad73aac6abb26f15e6ee21019,
  "@/foi/admin/dates#FoiOverdueCell": FoiOverdueCell_143b954ad73aac6abb26f15e6ee21019,
  "@/foi/admin/dates#FoiOverdueField": FoiOverdueField_143b954ad73aac6abb26f15e6ee21019,
  "@/foi/admin/FoiDeskPanel#FoiDeskPanel": FoiDeskPanel_f0c7e82bd2685157ab3cd1d681bdfc8c,
  "@/foi/admin/HolidayDateField#HolidayDateField": HolidayDateField_8f8b4059177a666dc9781b256607ec7a,
  "@/foi/admin/HolidayDateField#HolidayRowLabel": HolidayRowLabel_8f8b4059177a666dc9781b256607ec7a,
  "@/workflow/admin/ReviewQueue#ReviewQueue": ReviewQueue_974ac2a9ea3d505f073f1f04dea2accb,
  "@/notifications/admin/UnreadNotifications#UnreadNotifications": UnreadNotifications_06c358b9749b250693c6094e0c5d3a3b,
  "@/dashboards/admin/Dashboard#Dashboard": Dashboard_b19a059a3a5f1c634837a3b5c612d93c,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
