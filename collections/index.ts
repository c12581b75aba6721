import { Attachments } from './attachments'
import { Campaigns } from './campaigns'
import { Categories } from './categories'
import { Comments } from './comments'
import { Media } from './media'
import { NewsItems } from './news-items'
import { Organizations } from './organizations'
import { PressReleases } from './press-releases'
import { Users } from './users'

export const collections = [NewsItems, PressReleases, Campaigns, Media, Attachments, Categories, Comments, Organizations, Users]
