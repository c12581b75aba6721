'use client'
import { FieldDescription, FieldError, FieldLabel, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { ChangeEvent } from 'react'

const PATH = 'secret'

const TEXT = {
  label: { fa: 'کلید امضا', en: 'Signing secret' },
  create: {
    fa: 'دست‌کم ۱۶ نویسه. هر ارسال با آن امضا می‌شود (HMAC-SHA256) و پس از ذخیره دیگر نمایش داده نمی‌شود.',
    en: 'At least 16 characters. Every delivery is signed with it (HMAC-SHA256); it is never shown again once saved.',
  },
  update: {
    fa: 'کلید ذخیره‌شده نمایش داده نمی‌شود. برای تعویض، کلید تازه را وارد کنید؛ خالی بماند، همان کلید قبلی می‌ماند.',
    en: 'The stored secret is never shown. Type a new one to replace it; leave empty to keep the current one.',
  },
}

/**
 * The `secret` field's input in the admin. The field itself has read access false for everyone,
 * so Payload leaves it out of the form; this write-only input (a `ui` field) puts what is typed
 * into the form under `secret`, and nothing when left empty, so an edit keeps the stored secret.
 */
export function SecretInput() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fa'
  const { value, setValue, showError } = useField<string | undefined>({ path: PATH })

  const onChange = (event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value || undefined)

  return (
    <div className="field-type text" style={{ marginBlockEnd: 'var(--spacing-field)' }}>
      <FieldLabel htmlFor={`field-${PATH}`} label={TEXT.label[lang]} path={PATH} required={!id} />
      <div className="field-type__wrap">
        <FieldError path={PATH} showError={showError} />
        <input
          id={`field-${PATH}`}
          name={PATH}
          type="password"
          autoComplete="new-password"
          dir="ltr"
          value={value ?? ''}
          onChange={onChange}
        />
      </div>
      <FieldDescription description={(id ? TEXT.update : TEXT.create)[lang]} path={PATH} />
    </div>
  )
}
